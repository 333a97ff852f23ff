@grid @TS62746-3-Fig17 @certifies:ven
Feature: Event distribution from the VTN to its VENs
  IEC TS 62746-3, clause 5 (Fig 17, "VTN-initiated events"): the VTN publishes an event for the VENs of its
  domain; each VEN retrieves the event and acts on it. The steps speak to roles, not to a protocol: each binding
  carries them on its wire. On OpenADR 3.1 the business logic creates the event on the VTN (POST /events), a
  polling VEN finds it in its next GET /events, and reports what it applied (POST /reports), as in the spec's
  Events and Reports sequence diagrams.

  Decisions where the sources leave room (the reason follows each):
  - "A VEN enrolled with the VTN" is the business logic's out-of-band job (on OpenADR 3.1, Definition.md "VEN
    enrollment"), so nothing of the VEN is judged there: the harness's business logic enrolls the VEN the
    system-under-test file names before its scenarios, unless the VEN declares the capability "ven-self-enrollment",
    which is judged in a scenario of its own (openadr3/ven-self-enrollment.feature).
  - "Retrieves the event within its polling interval" is measured on the harness's monotonic clock from the
    VTN's 201 answer to the event's creation to the VTN's answer that first carries the event to the VEN. The
    limit is the polling interval the VEN declares (the system-under-test file; 1 s for the reference VEN),
    plus 250 ms for timer jitter and one request's transit: a VEN that polls on time cannot do better, and
    OpenADR 3.1 states no tighter bound. Jitter and transit happen on the wall clock, so in scaled time the 250 ms
    are wall-clock time (250 ms times the factor of run time).
  - "Acts on it" must be observable on the wire, so the event asks for a report of the level the VEN applies
    (OpenADR 3.1: reportDescriptors with payloadType SIMPLE_LEVEL) and the VEN acts by reporting it. A report on
    any other event, or with another level, is not acting on this event; a report the VTN refused does not count,
    and its refusal (the VTN's status and problem) is the failure. The report judged is the first on the event that
    answers its report descriptor (a payload of the descriptor's payloadType); reports of other types are recorded
    and named when none answers. Levels compare as numbers (1 and 1.0 are the same level), and a failure quotes
    what the VEN sent.
  - A failure about the VEN shows the VTN's answers to it (e.g. every poll answered 401, with the problem), not
    only its requests. A VEN kept running across runs is not failed for the harness's restart when the file keeps
    the VTN's credentials' key (on OpenADR 3.1, openadr3.harness.tokenKeyFile: its token stays valid); without it,
    its refused token is what the failure shows.
  - A message that comes after its deadline is still looked for (up to the limit again, at most 30 s) so that
    the failure says when it came rather than only that it was late.

  Rules judged (ids of docs/openadr3-traceability.md, each tagged @rule:<id> on the scenarios that judge it):
  - IEC62746-3-FIG17-1, IEC TS 62746-3 Fig 17: each VEN retrieves the event the VTN published, within its polling
    interval.
  - IEC62746-3-FIG17-2, IEC TS 62746-3 Fig 17: the VEN acts on the event, observed as the report the VTN accepted.

  Background:
    Given a VTN with a demand response program "DR-Program-1"
    And a VEN enrolled with the VTN

  @rule:IEC62746-3-FIG17-1 @rule:IEC62746-3-FIG17-2
  Scenario Outline: The VEN retrieves a published event within its polling interval and acts on it
    When the VTN publishes event "<event>" in program "DR-Program-1" at simple level <level>
    Then the VEN retrieves the event within its polling interval
    And the VEN reports simple level <level> for the event within 4 s of retrieving it

    Examples:
      | event          | level |
      | Moderate-shed  | 1     |
      | Emergency-shed | 3     |
