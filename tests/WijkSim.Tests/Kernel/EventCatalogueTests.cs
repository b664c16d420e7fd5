using WijkSim.Model.Build;
using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.Levers;
using WijkSim.Model.State;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>Levers and event kinds are declared once (Levers/EventCatalogue.cs); these tests hold the
/// declarations to what the rest of the program takes from them.</summary>
public class EventCatalogueTests
{
    [Fact]
    public void Every_kind_is_declared_once_with_its_words_for_the_room()
    {
        Assert.Equal(Enum.GetValues<EventKind>().Order(), EventCatalogue.All.Select(d => d.Kind).Order());
        foreach (var kind in Enum.GetValues<EventKind>()) Assert.Equal(kind, EventCatalogue.Of(kind).Kind);
        Assert.Equal(EventCatalogue.All.Count, EventCatalogue.All.Select(d => d.LeverName).Distinct().Count());
        foreach (var d in EventCatalogue.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Label.Nl) || string.IsNullOrWhiteSpace(d.Label.En), $"{d.Name}: label");
            if (!d.IsLever) continue;
            Assert.False(string.IsNullOrWhiteSpace(d.Lever!.Nl) || string.IsNullOrWhiteSpace(d.Lever.En), $"{d.Name}: lever words");
            Assert.True(d.ValueRange is null || d.ValueHint is not null, $"{d.Name}: a lever with a value needs a hint");
        }
    }

    [Fact]
    public void A_neighbourhood_lever_starts_from_its_key_is_set_by_its_event_and_travels_with_copy_and_codec()
    {
        var config = Worlds.OneInitiative(residents: 200) with
        {
            Municipality = Worlds.OneInitiative().Municipality with { BenefitSafety = true },
            Events = [new EventConfig { Date = new DateOnly(2020, 1, 20), Type = EventKind.Intermediary, Value = 1 }],
        };
        var world = WorldBuilder.Build(config, 3);
        Assert.True(world.IsOn(EventKind.BenefitSafety));   // from municipality.benefit_safety
        Assert.False(world.IsOn(EventKind.Intermediary));
        for (int week = 0; week < 3; week++) WeeklyStep.Step(world);
        Assert.Equal(1.0, world.Lever(EventKind.Intermediary)); // the event in week 2 set it

        // The copy and the codec take every lever slot, with no line per lever.
        var copy = WorldBuilder.Build(config, 3);
        copy.CopyStateFrom(world);
        Assert.True(copy.IsOn(EventKind.Intermediary));
        var replica = WorldBuilder.Build(config, 3);
        WorldCodec.DecodeInstitutions(replica, WorldCodec.EncodeInstitutions(world));
        Assert.True(replica.IsOn(EventKind.Intermediary));
        Assert.Equal(world.Week, replica.Week);
    }
}
