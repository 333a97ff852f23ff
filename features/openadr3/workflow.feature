@grid @binding:openadr3 @OADR31-workflow @certifies:vtn
Feature: The high-level workflow, from enrollment to the business logic reading the VEN's report
  OpenADR 3.1 sequence diagram "workflow" (User Guide 6.1): the customer enrolls with the business logic and
  configures the VEN; the business logic creates a program; the VEN reads it; the business logic creates events;
  the VEN reads them; the VEN creates a report; the business logic reads it. The scenario walks the whole chain
  through the VTN under judgement; the harness plays the business logic and the enrolled VEN.

  Decisions where the sources leave room (the reason follows each):
  - Enrollment is as in ven-enrollment.feature (client "harness-ven-3", its ven object and resource created by the
    business logic first). Program and event are targeted at the groups granted in enrollment: 6.1 describes
    programs that need credentials, so the chain also carries the VTN's targeting from end to end.
  - The event has the shape of User Guide 8.3 (hourly prices with a USAGE report request); the VEN reports one
    reading per price interval, with the event's interval ids, as report-request.feature describes.
  - Each hop is judged when it happens, so a failure names the first broken link of the chain.

  Rules judged (ids of docs/openadr3-traceability.md, each tagged @rule:<id> on the scenarios that judge it):
  - YAML-CRUD-1, openadr3.yaml operations: each object is served as its author wrote it.
  - DEF-PRIVACY-3, Definition.md Object Privacy: the targeted program and event reach the VEN through the targets
    granted in enrollment ("a VTN SHALL discover the requestor's clientID via token inspection").

  @rule:YAML-CRUD-1 @rule:DEF-PRIVACY-3
  Scenario: Program, event and report travel from the business logic to the VEN and back
    Given the business logic has enrolled ven "Workflow-home" for client "harness-ven-3" in group "workflow-homes" with resources:
      | resource  | group          |
      | pool-pump | workflow-pumps |
    And VEN "harness-ven-3" has connected with the client ID and secret the business logic provided
    When the business logic posts program "Workflow-TOU" targeted at group "workflow-homes"
    Then VEN "harness-ven-3" polling for programs finds program "Workflow-TOU"
    When the business logic publishes event "Workflow-prices" in program "Workflow-TOU" targeted at group "workflow-pumps" with hourly prices 0.12, 0.25 and 0.18, asking for a report:
      | payload type | reading type | units |
      | USAGE        | DIRECT_READ  | KWH   |
    Then VEN "harness-ven-3" reads event "Workflow-prices" as the business logic published it
    When VEN "harness-ven-3" answers the report request of event "Workflow-prices" for resource "pool-pump":
      | interval | reading |
      | 0        | 1.5 kWh |
      | 1        | 0.4 kWh |
      | 2        | 0.9 kWh |
    Then the business logic reads the report of VEN "harness-ven-3" on event "Workflow-prices" as the VEN sent it, with for resource "pool-pump":
      | interval | reading |
      | 0        | 1.5 kWh |
      | 1        | 0.4 kWh |
      | 2        | 0.9 kWh |
