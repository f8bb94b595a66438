using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Corroborate.Cli;
using Corroborate.Cli.Serve;
using Corroborate.Web.Tests.Support;

namespace Corroborate.Web.Tests;

/// <summary>Writes need the token when one is set; bodies over the limit are refused; exposure without a token is refused.</summary>
public sealed class GuardTests(GuardedApiFactory factory) : IClassFixture<GuardedApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static object Article => new { title = "Council approves ferry timetable", text = "The council approved the new ferry timetable on Tuesday after a short debate." };

    [Fact]
    public async Task Post_without_the_token_is_a_401_problem_and_reads_stay_open()
    {
        var response = await _client.PostAsJsonAsync("/api/articles", Article);
        await ApiTests.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/stories")).StatusCode);
    }

    [Fact]
    public async Task Post_with_a_wrong_token_is_refused_and_with_the_right_one_accepted()
    {
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(Article) };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GuardedApiFactory.Token + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(wrong)).StatusCode);

        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(Article) };
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GuardedApiFactory.Token);
        Assert.Equal(HttpStatusCode.Created, (await _client.SendAsync(right)).StatusCode);
    }

    [Fact]
    public async Task Body_over_the_limit_is_a_413_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent(new string('a', (int)factory.Options.MaxBodyBytes + 1), Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GuardedApiFactory.Token);
        await ApiTests.AssertProblemAsync(await _client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.8.9.10:80", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("https://example.org:443", false)]
    public void Loopback_is_told_from_the_network(string url, bool loopback)
    {
        Assert.True(ServerBinding.TryIsLoopback(url, out var isLoopback));
        Assert.Equal(loopback, isLoopback);
        Assert.Equal(loopback, new ServeOptions([url], Token: null).Problem() is null);
        Assert.Null(new ServeOptions([url], Token: "t").Problem());
    }

    [Fact]
    public async Task Serve_refuses_to_listen_beyond_loopback_without_a_token()
    {
        var previous = Environment.GetEnvironmentVariable(ServeOptions.TokenEnvironmentVariable);
        Environment.SetEnvironmentVariable(ServeOptions.TokenEnvironmentVariable, null);
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await CorroborateCli.RunAsync(["serve", "--db", ":memory:", "--urls", "http://0.0.0.0:0"], CliConsole.Capture(output, error));
            Assert.Equal(ExitCodes.Usage, exit);
            Assert.Contains("refusing to start", error.ToString());
            Assert.Contains("--token", error.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable(ServeOptions.TokenEnvironmentVariable, previous);
        }
    }

    [Fact]
    public async Task Starting_the_server_itself_refuses_exposed_options()
    {
        await using var catalog = await SampleCatalog.OpenAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => CorroborateServer.StartAsync(catalog, new ServeOptions(["http://0.0.0.0:0"], null)));
    }
}
