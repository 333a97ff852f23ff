@grid @binding:openadr3 @OADR31-Programs @OADR31-Events @OADR31-Reports @certifies:vtn
Feature: Polling for programs, events and reports
  OpenADR 3.1 sequence diagrams "Programs", "Events" and "Reports", their polling halves: the business logic POSTs
  a program or an event and a VEN polls for programs (GET /programs) or for events (GET /events); a VEN POSTs a
  report and the business logic polls for reports (GET /reports). The webhook halves are in subscriptions.feature.
  These scenarios judge the VTN; the harness plays the business logic and the VEN.

  Decisions where the sources leave room (the reason follows each):
  - A poll made after the VTN's 201 answer must find the new object: OpenADR 3.1 gives no delay before a created
    object is served, and the VTN's answer says it was created, so the first poll after it is the one judged.
  - "Finds" means the collection's GET lists the object (read page by page with skip and limit until a short page,
    so that a page size cannot hide it) and GET of its id returns it, each with what the business logic sent.
  - Filters are judged both ways: the objects asked for are listed, and no listed object breaks the filter
    (Definition.md, Response Filtering: "results must match every filter term"). A report's program is the program
    of its event, since a 3.1 report carries no programID.
  - A change is a change of state too: polling after the business logic's update (PUT) must show the new state,
    as a webhook notification would (the "Events" diagram's "change of state").

  Rules judged (ids of docs/openadr3-traceability.md, each tagged @rule:<id> on the scenarios that judge it):
  - YAML-CRUD-1, openadr3.yaml operations (createProgram, searchAllPrograms, createEvent, searchAllEvents, updateEvent,
    createReport, searchAllReports): an object created or updated is served as written.
  - DEF-PAGING-1, Definition.md Response Filtering: "VTN SHALL support limit and skip query params on GET operations".
  - DEF-FILTER-1, Definition.md Response Filtering: "VTN SHALL treat filtering params as additive, that is, results
    must match every filter term".

  Background:
    Given VEN "harness-ven-1" has registered itself and its resource "battery-1"

  @rule:YAML-CRUD-1 @rule:DEF-PAGING-1
  Scenario: A VEN polling for programs finds the program the business logic posted
    When the business logic posts program "Polled-TOU"
    Then VEN "harness-ven-1" polling for programs finds program "Polled-TOU"

  @rule:YAML-CRUD-1 @rule:DEF-PAGING-1 @rule:DEF-FILTER-1
  Scenario: A VEN polling for the events of a program finds the event the business logic posted, and only that program's events
    Given the business logic has posted program "Polled-DR"
    And the business logic has posted program "Other-DR"
    When the business logic posts event "Polled-shed" in program "Polled-DR" at simple level 2
    And the business logic posts event "Other-shed" in program "Other-DR" at simple level 1
    Then VEN "harness-ven-1" polling for events of program "Polled-DR" finds event "Polled-shed" at simple level 2
    And VEN "harness-ven-1" polling for events of program "Polled-DR" finds no event "Other-shed"

  @rule:YAML-CRUD-1
  Scenario: A VEN polling for events sees the business logic's change to an event
    Given the business logic has posted program "Changed-DR"
    And the business logic has posted event "Changing-shed" in program "Changed-DR" at simple level 1
    When the business logic changes event "Changing-shed" to simple level 3
    Then VEN "harness-ven-1" polling for events of program "Changed-DR" finds event "Changing-shed" at simple level 3

  @rule:YAML-CRUD-1 @rule:DEF-FILTER-1
  Scenario: The business logic polling for reports finds the VEN's report by program and by event
    Given the business logic has posted program "Reported-DR"
    And the business logic has posted program "Unreported-DR"
    And the business logic has posted event "Reported-shed" in program "Reported-DR" at simple level 1
    And the business logic has posted event "Unreported-shed" in program "Unreported-DR" at simple level 1
    When VEN "harness-ven-1" posts a report on event "Reported-shed"
    Then the business logic polling for reports of program "Reported-DR" finds the report of VEN "harness-ven-1" on event "Reported-shed"
    And the business logic polling for reports of event "Reported-shed" finds the report of VEN "harness-ven-1"
    And the business logic polling for reports of program "Unreported-DR" finds no report on event "Reported-shed"
