namespace Modular.Plugins.CountyFiveActivities.FourFinds;

/// <summary>
/// 搞好对标定位 (实施方案 二(三)2, 第三步 对标定位，晋档升级): “各级党组织和党员，要积极开展以找对标典型、找自身差距、找努力方向、
/// 找赶超措施为主要内容的“四找”活动”. Every party organization (by its officers) and every member (by themselves or their
/// organization's officers) writes all four; a member's are read only by those who may read that member's records.
/// </summary>
public static class FourFindsRule
{
    /// <summary>The URL's subject: <c>people</c> is a member's, anything else an organization's.</summary>
    public static FourFindsSubject SubjectOf(string subject) => subject == "people" ? FourFindsSubject.Person : FourFindsSubject.Organization;
}
