@grid @binding:openadr3 @OADR31-ven-enrollment @certifies:ven @requires:ven-self-enrollment
Feature: VEN self-enrollment: a VEN that declares it creates its own ven object
  Definition.md "VEN enrollment": "OpenADR relies on an out-of-band process by which Business Logic provision VENs";
  VEN names and the like may be provisioned too, "but VENs are not required to support such configuration". A VEN
  may instead create its own ven object (openadr3.yaml: POST /vens with a VEN_VEN_REQUEST, scope write_vens). A VEN
  under test that declares the capability "ven-self-enrollment" is judged on it here; any other VEN is enrolled by
  the harness's business logic (a ven object with the venName and clientID of the system-under-test file) before its
  first scenario, and this scenario is inconclusive for it. The harness plays the VTN.

  Decisions where the sources leave room (the reason follows each):
  - "Creates its ven object" is seen on the wire: the VTN's 201 answer to the VEN's POST /vens with the venName the
    system-under-test file gives it, or the VTN's 200 answer to its GET /vens listing a ven object of that name (one
    it created earlier in the run: the harness's VTN starts empty, and its business logic provisions no ven object
    for a VEN that enrolls itself). It is looked for from the start of the run, since a VEN enrolls when it starts,
    before the first scenario.
  - Enrollment has no timing rule: the bound (10 s after the VEN joins) only keeps a silent VEN from hanging the run.

  Rules judged (ids of docs/openadr3-traceability.md): YAML-VEN-1, openadr3.yaml createVen: a VEN creates its ven
  object with a VEN_VEN_REQUEST (scope write_vens); declared by the VEN, since Definition.md does not require it.

  @rule:YAML-VEN-1
  Scenario: A VEN that enrolls itself creates its ven object with the name it was configured with
    When the VEN joins the VTN by itself
    Then the VEN has created its ven object on the VTN within 10 s
