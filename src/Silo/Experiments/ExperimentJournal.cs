using System.Text;
using WijkSim.Grains.Contracts;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Experiments;

/// <summary>The finished runs of an unfinished experiment, kept in <c>DIR/.experiment/</c> so that
/// stopping (Ctrl-C, a crash, a lost machine) loses only the runs in flight, and running the same
/// command again continues. One file per run, written aside and renamed into place, so a file that
/// exists is complete. The folder is tied to the experiment's fingerprint: a different command cannot
/// resume into it by mistake. It is deleted once the outputs are written.</summary>
public sealed class ExperimentJournal
{
    private const string FolderName = ".experiment";
    private readonly string _runs;

    private ExperimentJournal(string folder)
    {
        Folder = folder;
        _runs = Path.Combine(folder, "runs");
    }

    public string Folder { get; }

    /// <summary>Opens (or starts) the journal of the experiment with this fingerprint in an output folder.</summary>
    /// <exception cref="OutputFolderError">the folder holds an unfinished experiment of another command</exception>
    public static ExperimentJournal Open(string outputFolder, string fingerprint, string command)
    {
        var journal = new ExperimentJournal(Path.Combine(outputFolder, FolderName));
        string plan = Path.Combine(journal.Folder, "fingerprint");
        if (File.Exists(plan))
        {
            var lines = File.ReadAllLines(plan);
            if (lines.Length == 0 || lines[0] != fingerprint)
                throw new OutputFolderError(outputFolder,
                    $"it holds an unfinished experiment of another command ({(lines.Length > 1 ? lines[1] : "unknown")}). Run that command again to " +
                    $"finish it, or delete {journal.Folder} to drop its finished runs");
        }
        else
        {
            Directory.CreateDirectory(journal._runs);
            File.WriteAllLines(plan, [fingerprint, command]);
        }
        Directory.CreateDirectory(journal._runs);
        return journal;
    }

    /// <summary>The runs already finished.</summary>
    public IReadOnlySet<int> Finished() =>
        Directory.EnumerateFiles(_runs, "*.run")
            .Select(f => int.TryParse(Path.GetFileNameWithoutExtension(f), out int run) ? run : -1)
            .Where(run => run >= 0).ToHashSet();

    /// <summary>File layout: the silo's name (UTF-8, length-prefixed), then the weekly records' bytes.</summary>
    public void Save(RunPayload payload)
    {
        string target = PathOf(payload.Run), temporary = target + ".tmp";
        using (var file = new BinaryWriter(File.Create(temporary)))
        {
            file.Write(payload.Silo);
            file.Write(payload.Records);
        }
        File.Move(temporary, target, overwrite: true);
    }

    public RunPayload Load(int run)
    {
        string path = PathOf(run);
        using var file = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        string silo = file.ReadString();
        var records = file.ReadBytes((int)(file.BaseStream.Length - file.BaseStream.Position));
        return new RunPayload(run, records, silo, Attempt: 0); // which attempt finished it is not kept: it cannot change the rows
    }

    public void Delete() => Directory.Delete(Folder, recursive: true);

    private string PathOf(int run) => Path.Combine(_runs, $"{run:D7}.run");
}
