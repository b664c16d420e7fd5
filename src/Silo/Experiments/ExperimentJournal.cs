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
    /// <param name="stage">one batch of a multi-stage method (a calibration's generation): its own journal
    /// under <c>.experiment/stages/</c>, next to the method's own fingerprint</param>
    /// <exception cref="OutputFolderError">the folder holds an unfinished experiment of another command</exception>
    public static ExperimentJournal Open(string outputFolder, string fingerprint, string command, string? stage = null)
    {
        string folder = Path.Combine(outputFolder, FolderName);
        var journal = new ExperimentJournal(stage is null ? folder : Path.Combine(folder, "stages", stage));
        string plan = Path.Combine(journal.Folder, "fingerprint");
        if (File.Exists(plan))
        {
            var lines = File.ReadAllLines(plan);
            if (lines.Length == 0 || lines[0] != fingerprint)
            {
                string earlier = lines.Length > 1 ? lines[1] : "unknown";
                // The same command line with another fingerprint: a scenario file, a setting or the model's code changed since.
                throw new OutputFolderError(outputFolder, earlier == command
                    ? $"it holds an unfinished experiment of this same command, but a scenario file, a setting or the model's code (another build of wijksim) has changed since it started, so its finished runs are not runs of this experiment. Restore the files to finish it, or delete {journal.Folder} to start afresh"
                    : $"it holds an unfinished experiment of another command ({earlier}). Run that command again to finish it, or delete {journal.Folder} to drop its finished runs");
            }
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

    /// <summary>Drops every journal of an output folder (a multi-stage method's, once its outputs are written).</summary>
    public static void DeleteAll(string outputFolder)
    {
        string folder = Path.Combine(outputFolder, FolderName);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private string PathOf(int run) => Path.Combine(_runs, $"{run:D7}.run");
}
