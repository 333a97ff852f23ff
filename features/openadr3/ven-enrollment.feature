@grid @binding:openadr3 @OADR31-ven-enrollment @certifies:vtn
Feature: VEN enrollment: the business logic provisions a VEN before it connects
  OpenADR 3.1 sequence diagram "VEN enrollment" with User Guide 6.2 and Definition.md "VEN enrollment" and "BL
  created object privacy": out of band, the business logic gives the customer a client ID and secret, creates the
  ven object (with that clientID) and its resources, with targets, and hands their ids to the customer, who configures
  the VEN with them. Once configured, the VEN obtains a token with the credentials, finds the ven object and the
  resources the business logic made for it, and reads the events targeted at them. These scenarios judge the VTN;
  the harness plays the business logic and the VEN.

  Decisions where the sources leave room (the reason follows each):
  - The out-of-band part (account, login, handing over) is not on the wire and is not judged: each scenario starts
    with what the business logic writes to the VTN, and the VEN is configured with the ids the VTN answered.
  - The client ID and secret are ones the VTN already knows: 3.1 defines no operation to create credentials (the
    authorization server is outside it), so the harness's VTN starts with a client kept for enrollment,
    "harness-ven-3". Each scenario enrolls a new ven object for it before its VEN connects afresh (a new token),
    so "business logic first, VEN second" holds in every scenario.
  - "Finds its ven object" means GET /vens lists the ven object the business logic created, with the same id, name
    and targets (ven and resource objects are not target-hidden, Definition.md); "finds its resources" means GET
    /resources?venID= lists each resource with the id, ven and targets the business logic was given, and no other.
  - Wrong credentials: the token request must be refused with 400 or 401 (the YAML's answers for /auth/token), and
    a request without a token with 401 (its security scheme).

  Rules judged (ids of docs/openadr3-traceability.md, each tagged @rule:<id> on the scenarios that judge it):
  - DEF-PRIVACY-2, Definition.md VEN created object privacy: on reads of /vens and /resources the VTN "SHALL discover
    the client identifier associated with the requestor's token and return the list of objects with matching
    clientID".
  - DEF-TARGETING-1, Definition.md Object Privacy: "Target hiding is not performed on ven, resource, or subscription
    objects", so the VEN sees its ven object's targets whole.
  - DEF-PRIVACY-3, Definition.md Object Privacy: a VEN reads a targeted event only through the targets of its ven and
    resource objects ("a VTN SHALL discover the requestor's clientID via token inspection").
  - YAML-AUTH-1, openadr3.yaml fetchToken: "Return an access token based on clientID and clientSecret", 400 and 401
    otherwise; every secured operation answers 401 without a token.

  @rule:DEF-PRIVACY-2 @rule:DEF-TARGETING-1
  Scenario: A VEN configured with the IDs and credentials the business logic provided finds its ven object and resources
    Given the business logic has enrolled ven "Enrolled-home" for client "harness-ven-3" in group "enrolled-homes" with resources:
      | resource   | group    |
      | ev-charger | feeder-7 |
      | heat-pump  | feeder-8 |
    When VEN "harness-ven-3" connects with the client ID and secret the business logic provided
    Then VEN "harness-ven-3" finds ven "Enrolled-home" as the business logic enrolled it
    And VEN "harness-ven-3" finds the resources of ven "Enrolled-home" as the business logic enrolled them

  @rule:DEF-PRIVACY-3
  Scenario: An enrolled VEN reads the events targeted at its resources, and no others
    Given the business logic has enrolled ven "Enrolled-flat" for client "harness-ven-3" in group "enrolled-flats" with resources:
      | resource | group    |
      | boiler   | feeder-9 |
    And the business logic has published event "Feeder-9-shed" targeted at group "feeder-9"
    And the business logic has published event "Feeder-10-shed" targeted at group "feeder-10"
    When VEN "harness-ven-3" connects with the client ID and secret the business logic provided
    Then VEN "harness-ven-3" reads event "Feeder-9-shed"
    And VEN "harness-ven-3" does not read event "Feeder-10-shed"

  @rule:YAML-AUTH-1
  Scenario: A VEN with a wrong secret is refused
    When a VEN connects as client "harness-ven-3" with a wrong secret
    Then the VTN refuses it a token
    And the VTN refuses a request that carries no token
