@grid @binding:openadr3 @OADR31-callback-verification @certifies:vtn @requires:webhooks
Feature: The VTN verifies a webhook callback URL before it allows a subscription
  Definition.md (3.1.0, Webhooks): "The VTN MUST validate that an HTTPS schema is used for the callback URL of the
  webhook subscription that is created and/or updated." "The VTN MUST verify the webhook callback URL is active and
  belongs to the requestor. To achieve this, the VTN MUST send a GET request to the provided callback URL that
  includes a challenge, a query string parameter named 'echo', with random generated string value. When the VEN
  receives this request on the callback URL, it MUST respond with 200 OK response and include the query string
  parameter value in the body of the response. The VTN MUST verify that the echo parameter value that was sent back is
  the same as the one that was initially sent. In case when the validation fails, the VTN MUST NOT allow creation of
  the subscription." These scenarios judge the VTN; the harness plays the business logic and its webhook receiver,
  which answers the challenge (200 and the value as the body) unless a scenario tells it otherwise.

  Decisions where the sources leave room (the reason follows each):
  - The challenge must reach the callback URL itself (the same path) with a non-empty echo value, between the
    subscription request and the VTN's answer: "before allowing" is when the check can still refuse.
  - "Random generated string value" is judged as a different value for each subscription: one VTN cannot be shown
    random from two values, but one that repeats itself is not.
  - A receiver that stays silent holds the challenge for at most 60 s; the harness waits at most 30 s for the VTN's
    answer to the subscription request, and no answer by then is inconclusive, since Definition.md sets no time for
    it (its guideline for requests to a webhook is a timeout "between 10 and 30 seconds").
  - The http callback is a live receiver that answers the challenge, so only the scheme check can refuse it.

  Rules judged (ids of docs/openadr3-traceability.md, each tagged @rule:<id> on the scenarios that judge it):
  DEF-WEBHOOK-2 (https callback URLs), DEF-WEBHOOK-3 and DEF-WEBHOOK-4 (the echo challenge with a random value),
  DEF-WEBHOOK-6 and DEF-WEBHOOK-7 (the value verified, the subscription refused when the check fails), quoted above.

  @rule:DEF-WEBHOOK-3 @rule:DEF-WEBHOOK-4
  Scenario: The VTN challenges each new callback URL with a random echo value before it allows the subscription
    When the business logic subscribes to CREATE of PROGRAM objects with a webhook
    Then the VTN sent the webhook an echo challenge before it answered the subscription
    And the VTN accepted the subscription
    When the business logic subscribes to CREATE of EVENT objects with a webhook
    Then the VTN sent the webhook an echo challenge before it answered the subscription
    And the VTN accepted the subscription
    And each echo challenge carried a different value

  @rule:DEF-WEBHOOK-6 @rule:DEF-WEBHOOK-7
  Scenario: The VTN refuses a subscription whose webhook answers another value
    Given the webhook of the business logic answers the echo challenge with a wrong value
    When the business logic subscribes to CREATE of PROGRAM objects with a webhook
    Then the VTN sent the webhook an echo challenge before it answered the subscription
    And the VTN refused the subscription

  @rule:DEF-WEBHOOK-6 @rule:DEF-WEBHOOK-7
  Scenario: The VTN refuses a subscription whose webhook does not answer the challenge
    Given the webhook of the business logic does not answer the echo challenge
    When the business logic subscribes to CREATE of PROGRAM objects with a webhook
    Then the VTN sent the webhook an echo challenge before it answered the subscription
    And the VTN refused the subscription

  @rule:DEF-WEBHOOK-2
  Scenario: The VTN refuses an http callback URL
    When the business logic subscribes to CREATE of PROGRAM objects with a webhook over plain http
    Then the VTN refused the subscription
