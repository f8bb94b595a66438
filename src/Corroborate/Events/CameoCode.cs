namespace Corroborate.Events;

/// <summary>A CAMEO event code with its label, root (two digits), QuadClass (1 verbal cooperation … 4 material conflict) and Goldstein value.</summary>
public sealed record CameoCode(string Code, string Label, string RootCode, int QuadClass, double Goldstein);
