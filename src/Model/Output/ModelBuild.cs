namespace WijkSim.Model.Output;

/// <summary>Which build of the model made a result. Experiment journals and run checkpoints keep weekly records
/// and world state as raw bytes, so a run of another build of the rules, or of a record with another layout (the
/// fifty-first round added a column), must not be mixed into a resumed one (review r51): both fingerprints include
/// this id. The builds are deterministic: the same source in the same folder gives the same id, so rebuilding
/// unchanged code still resumes.</summary>
public static class ModelBuild
{
    /// <summary>The model assembly's module version id.</summary>
    public static Guid Id { get; } = typeof(ModelBuild).Assembly.ManifestModule.ModuleVersionId;
}
