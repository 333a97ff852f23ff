@grid @binding:openadr3 @OADR31-mqtt-notifications @certifies:vtn @requires:mqtt-notifications
Feature: Notifications via MQTT
  OpenADR 3.1 sequence diagram "MQTT-Notifications" (User Guide 6.3): a VEN asks the VTN for its notifier bindings
  (GET /notifiers) and finds MQTT among them, with the broker's URIs and its authentication method; it asks the
  topic names for operations on programs and events (GET /notifiers/mqtt/topics/...), connects to the VTN's MQTT
  broker with that authentication, subscribes to the topic names, and the broker notifies it of each change of
  state of such an object. Object privacy holds over MQTT as over REST: a VEN is told nothing it may not read, and
  may not subscribe to topics that carry what it may not read. These scenarios judge the VTN and its broker; the
  harness plays the business logic and two VENs, each with an MQTT client.

  Decisions where the sources leave room (the reason follows each):
  - The VEN asks the topic names of its own ven (GET /notifiers/mqtt/topics/vens/{venID}/programs and .../events)
    rather than the all-programs names of the diagram: the YAML gives /notifiers/mqtt/topics/programs the scope
    read_all, which a VEN does not hold, and those topics carry every program whole, targets and all.
  - The VEN connects as GET /notifiers announces: for OAUTH2_BEARER_TOKEN with its clientID (for "{clientID}") or
    the literal as user name and its access token as password; for ANONYMOUS without credentials. CERTIFICATE
    needs client certificates the harness does not hold: the scenario is then inconclusive.
  - OpenADR 3.1 sets no deadline for a notification. As for webhooks, the harness expects one within 5 s of the
    VTN's answer to the change; a lab can change the figure here.
  - The harness speaks MQTT 5. A broker refuses a subscription with a failure reason code (0x80 or more) in SUBACK;
    0x87 "not authorized" is the expected one, any failure counts as a refusal.
  - "Not notified of a private event" is judged once the VEN has been notified of a later public event on the same
    topic: MQTT keeps the order of a topic's messages, so the private one would have come first.
  - A VTN that does not give a VEN the all-programs topic names may answer any refusal (403 for the scope, or 404).

  Rules judged (ids of docs/openadr3-traceability.md, each tagged @rule:<id> on the scenarios that judge it):
  - NOTIF-AUTH-1, companion document 12: "Each notifier binding returned in the response to GET /notifiers MUST
    provide the client with the authentication method"; NOTIF-AUTH-2: "A VTN's MQTT broker MUST support one of these
    methods".
  - NOTIF-TOPICS-1, companion document 8: the VTN "MUST support all of the topic-name GET endpoints".
  - DEF-MQTT-1 and DEF-MQTT-2, Definition.md MQTT: brokers "MUST support MQTT version 3.1.1 (or later)" and "SHOULD
    support MQTT version 5.0": the harness speaks MQTT 5.
  - NOTIF-PUBLISH-1, companion document 9.2: "The VTN then publishes the notification to each authorized VEN's private
    topic".
  - NOTIF-PRIVACY-1 to -4 and DEF-MQTT-4: the VTN "MUST ensure that object privacy is maintained for notifications
    delivered via messaging protocols" and "MUST prevent VEN-A from subscribing to VEN-B's private topics".

  Background:
    Given VEN "harness-ven-1" has registered itself and its resource "battery-1"

  @rule:NOTIF-AUTH-1 @rule:NOTIF-TOPICS-1 @rule:DEF-MQTT-1 @rule:DEF-MQTT-2 @rule:NOTIF-AUTH-2 @rule:NOTIF-PUBLISH-1
  Scenario: A VEN discovers the MQTT binding, subscribes to its events topic and is notified of a new event
    When VEN "harness-ven-1" asks the VTN for its notifier bindings
    Then the VTN offers VEN "harness-ven-1" an MQTT binding with broker URIs and an authentication method
    When VEN "harness-ven-1" asks the VTN for the MQTT topic names for events of its ven
    And VEN "harness-ven-1" connects to the MQTT broker with the announced authentication
    And VEN "harness-ven-1" subscribes to those topic names
    And the business logic publishes event "Mqtt-shed" for all VENs
    Then the broker notifies VEN "harness-ven-1" of the CREATE of event "Mqtt-shed" within 5 s

  @rule:NOTIF-PUBLISH-1
  Scenario: A VEN subscribed to the programs topic of its ven is notified of a program's changes of state
    Given VEN "harness-ven-1" has subscribed over MQTT to the topic names for programs of its ven
    When the business logic creates program "Mqtt-program"
    Then the broker notifies VEN "harness-ven-1" of the CREATE of program "Mqtt-program" within 5 s
    When the business logic renames program "Mqtt-program" to "Mqtt-program-renamed"
    Then the broker notifies VEN "harness-ven-1" of the UPDATE of program "Mqtt-program-renamed" within 5 s

  @rule:NOTIF-PUBLISH-1 @rule:NOTIF-PRIVACY-3
  Scenario: A VEN is not notified over MQTT of an event it may not read
    Given VEN "harness-ven-1" has subscribed over MQTT to the topic names for events of its ven
    When the business logic publishes event "Private-mqtt-shed" targeted at group "group-private"
    And the business logic publishes event "Public-mqtt-shed" for all VENs
    Then the broker notifies VEN "harness-ven-1" of the CREATE of event "Public-mqtt-shed" within 5 s
    And VEN "harness-ven-1" received no MQTT notification of event "Private-mqtt-shed"

  @rule:DEF-MQTT-4 @rule:NOTIF-PRIVACY-1 @rule:NOTIF-PRIVACY-2 @rule:NOTIF-PRIVACY-4
  Scenario: A VEN may not subscribe to topics that carry what it may not read
    Given VEN "harness-ven-2" has registered itself and its resource "heat-pump-2"
    And VEN "harness-ven-1" has connected to the MQTT broker with the announced authentication
    When VEN "harness-ven-1" subscribes to the MQTT topic names the business logic is given for all events
    And VEN "harness-ven-1" subscribes to the MQTT topic names of VEN "harness-ven-2" for events
    Then the broker refuses each of these subscriptions
    And the VTN does not give VEN "harness-ven-1" the MQTT topic names for all programs
