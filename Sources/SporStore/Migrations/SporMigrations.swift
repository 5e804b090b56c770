import FluentKit

/// Every migration, in order. Migrations are only ever added; one that has landed is not edited.
public enum SporMigrations {
    public static let all: [any Migration] = [
        M001CreateOrganisation(),
        M002CreatePeople(),
        M003CreateJournal(),
        M004CreateAudit(),
        M005CreateChildSummaries(),
        M006CreateApiTokens(),
        M007ChainJournalAndAudit(),
        M008CreateAccessGrants(),
        M009LoginSecurity(),
        M010CreateOpenObligations(),
        M011EarlyHelp(),
        M012IndicatorCells(),
        M013IndicatorRefresh(),
        M014IndicatorMonths(),
        M015FamilyAccounts(),
        M016IndicatorCellGroups(),
        M017NoReplaceKeyedChains(),
        M018AccountLifecycle(),
        M019WorkTray(),
        M020ExpectedChildren(),
        M021Household(),
        M022SettingVersions(),
        M023ExternalUsers(),
        M024PartitionByMunicipality(),
        M025IndicatorStateMunicipality(),
        M026TrayIndexes(),
        M027ChildCPRPerMunicipality(),
        M028TrayUnassignedIndex(),
        M029JournalAuthorIndex(),
    ]
}
