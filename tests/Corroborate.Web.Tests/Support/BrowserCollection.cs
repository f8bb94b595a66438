namespace Corroborate.Web.Tests.Support;

/// <summary>The page tests of issue 17 share one live server and one Chromium (each costs seconds on two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "live server";
}
