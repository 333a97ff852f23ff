@grid @binding:openadr3 @OADR31-answers @certifies:vtn
Feature: The shape of the VTN's answers
  openadr3.yaml gives every answer of a VTN a schema: the token answer (clientCredentialResponse), the objects
  (ven, program, event, ...) with their RFC 3339 timestamps, and the problem of every error status. The harness
  reads what a VTN sends leniently in every other scenario: a field in another shape than the YAML's (a scope
  list, a non-string target, a timestamp without "T", a status sent as a string) is read as best it can be and
  noted there as a finding with its evidence record, JSON path and rule, and the scenario goes on. These
  scenarios judge each shape once, so that a VTN fails for one deviation here and not in every scenario that
  happens to read it. They judge the VTN; the harness plays the business logic and a VEN.

  Decisions where the sources leave room (the reason follows each):
  - The judged answer is the one the step names, checked whole against its operation's response in openadr3.yaml
    (status listed, media type application/json, body valid against the schema); a timestamp is judged by the
    timestamp scenario only, so a VTN whose only fault is its timestamps fails once.
  - A timestamp is the YAML's dateTime, "datetime in RFC 3339 format": its date-time joins date and time with
    "T" (RFC 3339 5.6); the space its note allows for readability is not JSON Schema's date-time.
  - An id no object has is asked for, and the VTN's refusal must be the YAML's problem: 404 is what the YAML lists
    for a search by id that finds nothing.

  Rules judged (ids of docs/openadr3-traceability.md, each tagged @rule:<id> on the scenarios that judge it):
  - YAML-TOKEN-1, openadr3.yaml fetchToken: the 200 answer is a clientCredentialResponse (access_token, token_type,
    expires_in, scope: strings and an integer).
  - YAML-SHAPE-1, openadr3.yaml: every object a VTN answers has its schema's shape.
  - DEF-METADATA-1, Definition.md Object Metadata: "A VTN SHALL populate object representations with the above fields
    on object creation" (id, createdDateTime, modificationDateTime, objectType).
  - DEF-PROBLEM-1, Definition.md Problem: "On 40x and 500 responses, a VTN SHALL respond with a problem object".

  Background:
    Given VEN "harness-ven-1" has registered itself and its resource "battery-1"
    And the business logic has added VEN "harness-ven-1" to group "group-answers"

  @rule:YAML-TOKEN-1
  Scenario: The VTN's token answer has the shape of openadr3.yaml's clientCredentialResponse
    When VEN "harness-ven-1" requests a token from the VTN
    Then the VTN's answer has the shape openadr3.yaml gives it, timestamps aside

  @rule:YAML-SHAPE-1 @rule:DEF-METADATA-1
  Scenario: The ven object the VTN answers has the shape of openadr3.yaml's ven
    When the business logic reads the ven object of VEN "harness-ven-1"
    Then the VTN's answer has the shape openadr3.yaml gives it, timestamps aside

  @rule:DEF-METADATA-1
  Scenario: The timestamps of the objects the VTN answers are RFC 3339 date-times
    When the business logic reads the ven object of VEN "harness-ven-1"
    Then every timestamp in the VTN's answer is an RFC 3339 date-time

  @rule:DEF-PROBLEM-1
  Scenario: The VTN refuses a read of an object that does not exist with openadr3.yaml's problem
    When VEN "harness-ven-1" reads a ven object that does not exist
    Then the VTN's answer is a problem as openadr3.yaml defines it
