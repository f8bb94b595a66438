namespace Corroborate.Corroboration;

/// <summary>
/// The kept corroboration (<see cref="StoryEpoch"/>) of the stories an analyzer reported last, by story id: at most
/// <see cref="Capacity"/> stories, the one reported longest ago dropped first (its next report is then a rebuild). Safe for
/// several threads; each story's state is used under its own lock.
/// </summary>
internal sealed class StoryEpochs(double growth, int capacity = StoryEpochs.DefaultCapacity)
{
    /// <summary>Stories kept by default: a 200-article story keeps its similarity table and postings (≈ 10 MB).</summary>
    public const int DefaultCapacity = 32;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Story, StoryEpoch Epoch)>> _byStory = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Story, StoryEpoch Epoch)> _recent = new();

    public int Capacity { get; } = capacity;

    public double Growth { get; } = growth;

    /// <summary>The state of story <paramref name="story"/>, made empty (its first report a rebuild) when none is kept.</summary>
    public StoryEpoch For(string story)
    {
        lock (_lock)
        {
            if (_byStory.TryGetValue(story, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Epoch;
            }

            node = _recent.AddFirst((story, new StoryEpoch(Growth)));
            _byStory[story] = node;
            while (_recent.Count > Capacity)
            {
                _byStory.Remove(_recent.Last!.Value.Story);
                _recent.RemoveLast();
            }

            return node.Value.Epoch;
        }
    }
}
