@grid @binding:openadr3 @OADR31-subscriptions @certifies:vtn
Feature: Subscriptions and webhook notifications
  OpenADR 3.1 sequence diagrams "Subscriptions", "Programs", "Events" and "Reports": a client registers a
  webhook for operations on object types (POST /subscriptions); on each change of state of such an object the VTN
  POSTs a notification object (objectType, operation, object) to the callback URL, with the subscription's bearer
  token when it gave one. Object privacy holds for notifications as for reads. These scenarios judge the VTN; the
  harness plays the business logic, two VENs and their webhook endpoints.

  Decisions where the sources leave room (the reason follows each):
  - OpenADR 3.1 sets no deadline for a notification. The harness expects one within 5 s of the VTN's answer to
    the change: on a loopback connection that is generous, and a lab can change the figure here.
  - The bearer token is compared through its fingerprint, because evidence never holds a secret in the clear.
  - "No notification of a private event" is judged once the VEN has been notified of a later public event: the
    VTN notifies each subscription in order of change, so the private one would have come first.

  Rules judged (ids of docs/openadr3-traceability.md, each tagged @rule:<id> on the scenarios that judge it):
  - DEF-SUBSCRIPTION-1, Definition.md Subscriptions: "A VTN SHALL make a request to the callback URL when the conditions
    are met per the objectOperations registered subscriptions".
  - YAML-SUBSCRIPTION-1, openadr3.yaml subscription bearerToken: "callback endpoints should accept the provided bearer
    token to authenticate VTN requests", so the VTN sends it.
  - DEF-PRIVACY-4, Definition.md Object Privacy: "When evaluating whether to send a notification of a change of state
    of an object with targets, the VTN SHALL use the clientID of a subscription object" (and process the targets).

  Background:
    Given VEN "harness-ven-1" has registered itself and its resource "battery-1"

  @rule:DEF-SUBSCRIPTION-1 @rule:YAML-SUBSCRIPTION-1
  Scenario: A VEN subscribed to events is notified of a new event, with its bearer token
    Given VEN "harness-ven-1" has subscribed to CREATE of EVENT objects with a webhook and bearer token "ven-1-callback-secret"
    When the business logic publishes event "Notified-shed" for all VENs
    Then the VTN notifies the webhook of VEN "harness-ven-1" of the CREATE of event "Notified-shed" within 5 s
    And the notification carries bearer token "ven-1-callback-secret"

  @rule:DEF-SUBSCRIPTION-1
  Scenario: A VEN subscribed to programs is notified of a new program
    Given VEN "harness-ven-1" has subscribed to CREATE of PROGRAM objects with a webhook
    When the business logic creates program "Notified-program"
    Then the VTN notifies the webhook of VEN "harness-ven-1" of the CREATE of program "Notified-program" within 5 s

  @rule:DEF-SUBSCRIPTION-1
  Scenario: The business logic subscribed to reports is notified of a VEN's report
    Given the business logic has subscribed to CREATE of REPORT objects with a webhook
    And the business logic has published event "Report-me" for all VENs
    When VEN "harness-ven-1" posts a report on event "Report-me"
    Then the VTN notifies the webhook of the business logic of the CREATE of a report on event "Report-me" within 5 s

  @rule:DEF-SUBSCRIPTION-1 @rule:DEF-PRIVACY-4
  Scenario: A VEN is not notified of an event it may not read
    Given VEN "harness-ven-2" has registered itself and its resource "heat-pump-2"
    And VEN "harness-ven-2" has subscribed to CREATE of EVENT objects with a webhook
    When the business logic publishes event "Private-shed" targeted at group "group-private"
    And the business logic publishes event "Public-shed" for all VENs
    Then the VTN notifies the webhook of VEN "harness-ven-2" of the CREATE of event "Public-shed" within 5 s
    And the webhook of VEN "harness-ven-2" received no notification of event "Private-shed"
