@grid @binding:openadr3 @OADR31-Report_Request @certifies:vtn
Feature: Report requests: report descriptors on programs and events, and the reports that answer them
  OpenADR 3.1 sequence diagram "Report Request" with User Guide 6.6 and 7.5: the business logic asks for reports
  with a report descriptor on a program ("POST program with reportDescriptor") and/or on an event ("POST event with
  reportDescriptor"); the VEN reads the request and answers it with a report on the event (POST /reports), which the
  business logic reads back. These scenarios judge the VTN: it must serve the request as the business logic wrote
  it, keep the report as the VEN wrote it, and hand it to the business logic. The harness plays the business logic
  and the VEN.

  Decisions where the sources leave room (the reason follows each):
  - A 3.1 program has no reportDescriptors field; its payloadDescriptors may hold report payload descriptors
    (objectType REPORT_PAYLOAD_DESCRIPTOR), declaring the reports the program's events ask for (User Guide 6.4:
    "A program may declare a set of events and report types"). That is "program with reportDescriptor" here.
  - The harness's VEN answers a descriptor as it read it from the VTN (User Guide 7.5): one report on the event, a
    report payload descriptor repeating payloadType, readingType and units, and for the resource one interval per
    event interval the descriptor selects, with the event's interval ids. startInterval s >= 0 with numIntervals n
    selects intervals s to s+n-1 (n = -1: to the last), as 7.5's "subset of intervals" example shows; s = -1 selects
    the last n (all when n = -1). When the VEN sends it (historical, frequency, repeat) is the VEN's behaviour and
    is not judged here; the VTN must keep those fields as written.
  - "As the business logic published it" and "as the VEN sent it" compare every field the sender wrote with what
    the reader got: numbers by value (1.50 equals 1.5), timestamps as instants. Fields the VTN adds (id, metadata,
    clientID, defaults) are not compared, and a VEN's view of targets is left out (target hiding, Definition.md).
  - A report on an event the VEN may not read is refused. OpenADR 3.1 does not say so in words, but VEN clients
    "are limited to accessing those objects they have themselves created or for which they have been granted
    access" (Definition.md, Object Privacy), for that VEN the event does not exist ("an empty set is returned"), a
    report naming an event that does not exist breaks a foreign key (the YAML's 409 Conflict), and accepting it
    would tell the VEN that the hidden event exists. Any 4xx status is taken as the refusal, since the sources name
    none for this case.

  Rules judged (ids of docs/openadr3-traceability.md, each tagged @rule:<id> on the scenarios that judge it):
  - YAML-CRUD-1, openadr3.yaml operations: a program, event or report is served as its author wrote it.
  - DEF-FILTER-1, Definition.md Response Filtering: "results must match every filter term" (reports by program).
  - @interpretation: "A VEN cannot report on an event it may not read" rests on the reading above, not on a sentence
    of 3.1, so its failure is an advisory finding, apart from conformance.

  Background:
    Given VEN "harness-ven-1" has registered itself and its resource "battery-1"
    And the business logic has posted program "Usage-program" asking for USAGE reports read as DIRECT_READ in KWH

  @rule:YAML-CRUD-1
  Scenario: A VEN reads the reports a program asks for
    Then VEN "harness-ven-1" reads program "Usage-program" asking for USAGE reports read as DIRECT_READ in KWH

  @rule:YAML-CRUD-1
  Scenario: A VEN reads an event's report request as the business logic wrote it
    When the business logic publishes event "Usage-hours" in program "Usage-program" with hourly prices 0.12, 0.25, 0.18 and 0.30, asking for a report:
      | payload type | reading type | units | start interval | number of intervals | historical | frequency | repeat |
      | USAGE        | DIRECT_READ  | KWH   | 1              | 2                   | true       | -1        | 1      |
    Then VEN "harness-ven-1" reads event "Usage-hours" as the business logic published it

  @rule:YAML-CRUD-1 @rule:DEF-FILTER-1
  Scenario: The business logic reads back the readings the VEN reported, by event and by program
    Given the business logic has published event "Usage-day" in program "Usage-program" with hourly prices 0.12, 0.25, 0.18 and 0.30, asking for a report:
      | payload type | reading type | units | start interval | number of intervals | historical | frequency | repeat |
      | USAGE        | DIRECT_READ  | KWH   | 1              | 2                   | true       | -1        | 1      |
    When VEN "harness-ven-1" answers the report request of event "Usage-day" for resource "battery-1":
      | interval | reading  |
      | 1        | 1.5 kWh  |
      | 2        | 2.25 kWh |
    Then the business logic reads the report of VEN "harness-ven-1" on event "Usage-day" as the VEN sent it, with for resource "battery-1":
      | interval | reading  |
      | 1        | 1.5 kWh  |
      | 2        | 2.25 kWh |
    And the business logic polling for reports of program "Usage-program" finds the report of VEN "harness-ven-1" on event "Usage-day"

  @interpretation
  Scenario: A VEN cannot report on an event it may not read
    Given the business logic has published event "Hidden-usage" in program "Usage-program" targeted at group "group-hidden" with hourly prices 0.12 and 0.25, asking for a report:
      | payload type | reading type | units |
      | USAGE        | DIRECT_READ  | KWH   |
    When VEN "harness-ven-1" tries to report on event "Hidden-usage"
    Then the VTN refuses the report of VEN "harness-ven-1"
    And the business logic polling for reports of event "Hidden-usage" finds no report of VEN "harness-ven-1"
