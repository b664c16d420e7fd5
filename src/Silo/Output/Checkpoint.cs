using System.Security.Cryptography;
using System.Text;
using WijkSim.Model.Build;
using WijkSim.Model.Config;
using WijkSim.Model.Output;
using WijkSim.Model.State;
using WijkSim.Scenarios;
using WijkSim.Silo.Commands;

namespace WijkSim.Silo.Output;

/// <summary>A long run's checkpoint in <c>DIR/.checkpoint/</c>: the world's changing state as raw bytes
/// (<see cref="WorldCodec"/>, the same bytes live mode ships between silos) and the weekly records so far.
/// A run resumed from it rebuilds the fixed part of the world (traits, network) from the configuration
/// and the seed, restores the rest, and continues to the same bits as an uninterrupted run. The
/// checkpoint is tied to a fingerprint of the model's build, the configuration, seed and horizon, so a
/// different command, or another build of the rules, cannot resume from it. Written aside and renamed, so a checkpoint that exists is complete.</summary>
public static class Checkpoint
{
    private const string Folder = ".checkpoint", File_ = "state.bin";

    public static string Fingerprint(ModelConfig config, ulong seed, int weeks) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"model={ModelBuild.Id}\n{ModelConfigJson.Serialize(config)}\nseed={seed}\nweeks={weeks}")));

    public static void Save(string outputFolder, string fingerprint, World world, WeeklyRecord[] records)
    {
        string folder = Path.Combine(outputFolder, Folder);
        Directory.CreateDirectory(folder);
        string target = Path.Combine(folder, File_), temporary = target + ".tmp";
        using (var w = new BinaryWriter(File.Create(temporary)))
        {
            w.Write(fingerprint);
            w.Write(world.Week);
            Block(w, WorldCodec.EncodeInstitutions(world));
            Block(w, WorldCodec.EncodeResidents(world, world.Now, 0, world.Residents));
            Block(w, WeeklyRecordCodec.Encode(records.AsSpan(0, world.Week * world.InitiativeCount)));
        }
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>The world at the checkpoint's week and the records (sized for the whole horizon).</summary>
    /// <exception cref="UsageError">there is no checkpoint, or it belongs to another run</exception>
    public static (World World, WeeklyRecord[] Records) Load(string outputFolder, string fingerprint, ModelConfig config, ulong seed, int weeks)
    {
        string path = Path.Combine(outputFolder, Folder, File_);
        if (!File.Exists(path))
            throw new UsageError("--resume", $"'{outputFolder}' holds no checkpoint ({path} is missing); start the run with --checkpoint-every N");
        using var r = new BinaryReader(File.OpenRead(path));
        if (r.ReadString() != fingerprint)
            throw new UsageError("--resume", $"the checkpoint in '{outputFolder}' is of another run: give the same scenario, --seed, --weeks, --set and --levers as the run that wrote it, with the same build of wijksim");
        int week = r.ReadInt32();
        byte[] institutions = Block(r), residents = Block(r);
        var world = WorldBuilder.Restore(config, seed, institutions, residents);
        var records = new WeeklyRecord[weeks * world.InitiativeCount];
        WeeklyRecordCodec.Decode(Block(r)).CopyTo(records, 0);
        if (world.Week != week) throw new InvalidDataException($"{path}: the checkpoint's state is of week {world.Week}, its header says {week}");
        return (world, records);
    }

    public static void Delete(string outputFolder)
    {
        string folder = Path.Combine(outputFolder, Folder);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static void Block(BinaryWriter w, byte[] bytes)
    {
        w.Write(bytes.Length);
        w.Write(bytes);
    }

    private static byte[] Block(BinaryReader r) => r.ReadBytes(r.ReadInt32());
}
