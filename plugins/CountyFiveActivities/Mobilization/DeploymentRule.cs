namespace Modular.Plugins.CountyFiveActivities.Mobilization;

/// <summary>Who deployed a mobilization meeting against the organization's main responsible person (its 书记).</summary>
public enum Deployment
{
    /// <summary>The meeting is recorded without who deployed it.</summary>
    NotRecorded,
    /// <summary>The organization's secretary deployed in person, as the document asks.</summary>
    InPerson,
    /// <summary>Someone other than the secretary deployed: flagged, not refused (the meeting was held).</summary>
    ByAnother,
    /// <summary>The roster names no secretary of the organization, so it cannot be checked.</summary>
    NoSecretary,
}

/// <summary>
/// 进行发动部署 (实施方案 二(一)1): “主要负责同志要亲自发动部署”. The main responsible person of a party organization is its
/// secretary (书记) among the organization's officers on the roster; a meeting records the person who presided and deployed.
/// A meeting deployed by anyone else is still a meeting held (the 7-day rule counts it) but is flagged on the page, in the
/// overview and in its own obligation (<see cref="MobilizationFeature.InPersonObligation"/>), which only the secretary meets.
/// </summary>
public static class DeploymentRule
{
    public static Deployment Of(long? secretaryPersonId, long? deployedByPersonId) =>
        deployedByPersonId is null ? Deployment.NotRecorded
        : secretaryPersonId is null ? Deployment.NoSecretary
        : secretaryPersonId == deployedByPersonId ? Deployment.InPerson : Deployment.ByAnother;

    /// <summary>Shown in red: the one case the document's sentence is broken on the record.</summary>
    public static bool Flagged(Deployment deployment) => deployment == Deployment.ByAnother;

    public static LocalizedText Name(Deployment deployment) => deployment switch
    {
        Deployment.InPerson => new("主要负责同志亲自部署", "Deployed by the secretary in person"),
        Deployment.ByAnother => new("非主要负责同志部署", "Not deployed by the secretary"),
        Deployment.NoSecretary => new("未配备书记，无法核对", "No secretary on the roster to check"),
        _ => new("未记录部署人", "Who deployed is not recorded"),
    };
}
