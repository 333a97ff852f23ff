@grid @binding:openadr3 @OADR31-vens-resources @certifies:vtn
Feature: VENs, resources and the groups that target them
  OpenADR 3.1 sequence diagram "Vens and Resources", with User Guide 7.10 and 8.13 (3.1's dynamic targeting):
  a VEN registers its ven object (POST /vens) and its resources (POST /resources); the business logic groups
  them by writing targets on the ven and on the resources (PUT); from then on the VEN reads the programs and
  events targeted at its groups, and nothing else. These scenarios judge the VTN; the harness plays the
  business logic and two VENs.

  Decisions where the sources leave room (the reason follows each):
  - "Reads the event" means both GET /events lists it and GET /events/{eventID} returns it, and "does not read"
    means neither does: a VTN that hides an event from the list but serves it by id still leaks it.
  - A VEN that asks for another VEN's ven object by id must not get it; 404, 403 and 200 with an empty list all
    count as "not returned" (the status is not judged here, because 3.1 says only that such objects are not
    returned). A listing reveals only what it names: a VTN that ignores the venName filter and lists the VEN's
    own ven object has not leaked the other's.
  - A VEN reads events with the targets granted to it (its ven object's and its resources', as it reads them) in
    the query: Definition.md (Object Privacy) says a VEN's reads of objects that have targets "must include
    matching targets in the query".
  - Groups are targets written by the business logic (User Guide 8.13); a VEN's own update of its ven object
    must leave them as they were, since only the business logic may write targets.

  Rules judged (ids of docs/openadr3-traceability.md, each tagged @rule:<id> on the scenarios that judge it):
  - DEF-PRIVACY-3, Definition.md Object Privacy: "On receipt of a VEN request to read a program or event object that
    has targets, a VTN SHALL discover the requestor's clientID" and match the targets of its ven and resources.
  - DEF-TARGETING-2, Definition.md Object Privacy: "Only BL clients may write targets to ven and resource objects".
  - DEF-PRIVACY-1 and DEF-PRIVACY-2, Definition.md VEN created object privacy: the VTN "SHALL discover a VEN's client
    identifier ... and write the identifier into the object.clientID field", and on reads "return the list of
    objects with matching clientID".

  Background:
    Given VEN "harness-ven-1" has registered itself and its resource "battery-1"

  @rule:DEF-PRIVACY-3
  Scenario: A VEN reads the events of a group once the business logic adds its ven object to the group
    Given the business logic has published event "Group-A-shed" targeted at group "group-a"
    When the business logic adds VEN "harness-ven-1" to group "group-a"
    Then VEN "harness-ven-1" reads event "Group-A-shed"

  @rule:DEF-PRIVACY-3
  Scenario: A VEN reads the events of a group once the business logic adds one of its resources to the group
    Given the business logic has published event "Group-B-shed" targeted at group "group-b"
    When the business logic adds resource "battery-1" of VEN "harness-ven-1" to group "group-b"
    Then VEN "harness-ven-1" reads event "Group-B-shed"

  @rule:DEF-PRIVACY-3
  Scenario: A VEN does not read an event targeted at a group it is not in
    Given the business logic has published event "Group-C-shed" targeted at group "group-c"
    Then VEN "harness-ven-1" does not read event "Group-C-shed"

  @rule:DEF-TARGETING-2
  Scenario: A VEN's own update of its ven object keeps the groups the business logic granted
    Given the business logic has added VEN "harness-ven-1" to group "group-d"
    When VEN "harness-ven-1" updates its own ven object
    Then the ven object of VEN "harness-ven-1" is still in group "group-d"

  @rule:DEF-PRIVACY-1 @rule:DEF-PRIVACY-2
  Scenario: A VEN never finds another VEN's ven object or resources
    Given VEN "harness-ven-2" has registered itself and its resource "heat-pump-2"
    Then VEN "harness-ven-1" finds no ven object named "harness-ven-2" and no resource named "heat-pump-2"
