using System.Text;
using Corroborate.Clustering;
using Corroborate.Dedup;

namespace Corroborate.Storage;

/// <summary>
/// A compact binary form of an input's <see cref="PlacementFeatures"/> (one per article, in the articles' order), stored
/// beside the input's articles by the worker that read it (<c>pending_inputs.placement</c>) and read by the story
/// assigner. Binary rather than JSON: the assigner reads it for every article, and it is mostly numbers.
/// </summary>
internal static class PlacementBinary
{
    private const byte Version = 1;

    public static byte[] Write(IReadOnlyList<PlacementFeatures> placements)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write7BitEncodedInt(placements.Count);
            foreach (var placement in placements)
            {
                writer.Write(placement.Fingerprint.TextHash);
                var signature = placement.Fingerprint.Signature;
                writer.Write7BitEncodedInt(signature?.Length ?? -1);
                foreach (var slot in signature ?? [])
                {
                    writer.Write(slot);
                }

                writer.Write(placement.Time is not null);
                if (placement.Time is { } time)
                {
                    // Local ticks and offset, so that the time comes back with the offset it had (stories show it).
                    writer.Write(time.Ticks);
                    writer.Write((short)time.Offset.TotalMinutes);
                }

                var counted = placement.Counted;
                writer.Write7BitEncodedInt(counted.Keys.Length);
                for (var i = 0; i < counted.Keys.Length; i++)
                {
                    writer.Write(counted.Keys[i]);
                    writer.Write7BitEncodedInt(counted.Counts[i]);
                }
            }
        }

        return stream.ToArray();
    }

    /// <summary>Reads what <see cref="Write"/> wrote; <see cref="InvalidDataException"/> when the bytes are not that.</summary>
    public static List<PlacementFeatures> Read(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (reader.ReadByte() != Version)
            {
                throw new InvalidDataException("placement features of an unknown version");
            }

            var count = reader.Read7BitEncodedInt();
            var placements = new List<PlacementFeatures>(count);
            for (var n = 0; n < count; n++)
            {
                var textHash = reader.ReadUInt64();
                var length = reader.Read7BitEncodedInt();
                uint[]? signature = null;
                if (length >= 0)
                {
                    signature = new uint[length];
                    for (var i = 0; i < length; i++)
                    {
                        signature[i] = reader.ReadUInt32();
                    }
                }

                DateTimeOffset? time = reader.ReadBoolean() ? new DateTimeOffset(reader.ReadInt64(), TimeSpan.FromMinutes(reader.ReadInt16())) : null;
                var keys = new string[reader.Read7BitEncodedInt()];
                var counts = new int[keys.Length];
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = reader.ReadString();
                    counts[i] = reader.Read7BitEncodedInt();
                    if (keys[i].Length < 2 || keys[i][0] is not ('t' or 'e' or 'n' or 'd' or 'h') || counts[i] < 1)
                    {
                        throw new InvalidDataException($"placement features with a malformed feature '{keys[i]}' × {counts[i]}");
                    }
                }

                placements.Add(new PlacementFeatures(new DuplicateFingerprint(textHash, signature), time, new CountedFeatures(keys, counts)));
            }

            return reader.BaseStream.Position == bytes.Length ? placements : throw new InvalidDataException("placement features followed by stray bytes");
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"placement features could not be read: {e.Message}", e);
        }
    }
}
