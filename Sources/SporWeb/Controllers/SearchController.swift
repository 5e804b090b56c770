import Plot
import Vapor
import SporDomain
import SporStore
