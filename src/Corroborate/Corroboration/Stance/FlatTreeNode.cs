namespace Corroborate.Corroboration.Stance;

/// <summary>
/// One node of a <see cref="GradientBoostedTrees"/> ensemble laid out in a single array (all trees one after another,
/// children as absolute indices): a split tests <c>features[Feature] &lt;= Threshold</c>; a leaf (Feature -1) returns
/// <see cref="Threshold"/> as its value. One 16-byte node per step instead of five parallel arrays of a tree object
/// each: prediction walks ~hundreds of trees per (claim, article) pair, and that walk was the stance stage's largest
/// single cost in a 200-article report.
/// </summary>
internal readonly record struct FlatTreeNode(int Feature, float Threshold, int Left, int Right);
