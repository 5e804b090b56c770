import Foundation

extension IndicatorDefinition {
    /// Every indicator of DOMAIN.md's "The policy, measured", with the definitions in force under `settings`, in the
    /// order of that table.
    public static func standard(_ settings: IndicatorSettings = .standard) -> [IndicatorDefinition] {
        [
            immediateHelpShare(settings),
            networkMeetingFirst(settings),
            childHeard(settings),
            childInNetworkMeeting(settings),
            caseworkerChanges(settings),
            professionalsPerChild(settings),
            daysToHelp(settings),
            deadlinesMet(settings),
            generalSettings(settings),
            specialised(settings),
            networkPlacements(settings),
            placementsNearHome(settings),
            placementsSchoolKept(settings),
            homecomings(settings),
            siblingsPlacedTogether(settings),
            siblingsAssessed(settings),
            handoverMeetings(settings),
            careLeaverDecision(settings),
            youngAdultSupportUptake(settings),
            goalsProgress(settings),
            inSchoolOrWork(settings),
            placedSchooling(settings),
            helpAfterAbsence(settings),
            supportBeforeBirth(settings),
            leisureParticipation(settings),
            contactVisitsHeld(settings),
            abusePreparednessSteps(settings),
        ]
    }
}
