namespace Corroborate.Pipeline;

/// <summary>An input that could not be read, and why. JSON: <c>{ "source", "message" }</c>.</summary>
public sealed record InputError(string Source, string Message);
