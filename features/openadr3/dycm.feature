@grid @binding:openadr3 @OADR31-DyCM @certifies:vtn
Feature: Dynamic capacity management: capacity events to a customer's VEN, capacity requests back to the business logic
  OpenADR 3.1 sequence diagram "dynamic capacity management" (User Guide 8.10.2): the business logic announces a
  customer's capacity subscription in an event that asks for capacity request reports (1, 2); the VEN sends a
  capacity request report, which reaches the business logic (3); the business logic answers with a capacity
  reservation event and a capacity available event targeted at that VEN (4, 5); the VEN may request again (6), and
  the business logic grants it with a new reservation event (7). The VTN's part is to store these events, serve them
  only to the customer they are targeted at, and hand the reports to the business logic; whether a reservation is
  granted is the business logic's decision and is not judged. The harness plays the business logic and two
  customers' VENs.

  Decisions where the sources leave room (the reason follows each):
  - Payload types are Definition.md's enumerations: IMPORT_CAPACITY_SUBSCRIPTION, IMPORT_CAPACITY_RESERVATION,
    IMPORT_CAPACITY_RESERVATION_FEE, IMPORT_CAPACITY_AVAILABLE and IMPORT_CAPACITY_AVAILABLE_PRICE in events;
    IMPORT_RESERVATION_CAPACITY and IMPORT_RESERVATION_FEE in the VEN's request. User Guide 8.10.2's examples spell
    some differently (CAPACITY_SUBSCRIPTION, CAPACITY_AVAILABLE_FEE, IMPORT_CAPACITY_RESERVATION in a report); the
    Definition's tables and enumeration schemas are the normative ones, and a VTN keeps payload types as written.
  - "The capacity information is customer-specific" (8.10.2), so every capacity event is targeted at the customer's
    group, which the business logic granted to that customer's ven object; the other customer must not read it.
  - Every capacity event asks for capacity request reports with reportIntervals OPEN_INTERVALS, as 8.10.2's
    examples do: the VEN chooses its request's intervals, each with its own start and duration, and the VTN must
    keep them as sent. Capacity is in kW (units KW), fees in USD per kW.
  - "VTN->BL: capacity request report" is judged as the business logic reading the report by its event (GET
    /reports?eventID=); the webhook way for reports is judged in subscriptions.feature.

  Rules judged (ids of docs/openadr3-traceability.md, each tagged @rule:<id> on the scenarios that judge it):
  - YAML-CRUD-1, openadr3.yaml operations: events and reports are served as their author wrote them.
  - DEF-PRIVACY-3, Definition.md Object Privacy: "On receipt of a VEN request to read a program or event object that
    has targets, a VTN SHALL discover the requestor's clientID" and serve the event only through matching targets.

  Background:
    Given VEN "harness-ven-1" has registered itself and its resource "site-1-meter"
    And VEN "harness-ven-2" has registered itself and its resource "site-2-meter"
    And the business logic has added VEN "harness-ven-1" to group "dycm-customer-1"
    And the business logic has added VEN "harness-ven-2" to group "dycm-customer-2"
    And the business logic has posted program "Capacity-program"

  @rule:YAML-CRUD-1 @rule:DEF-PRIVACY-3
  Scenario: 1, 2. Only the customer's VEN reads its capacity subscription and the request for capacity reports
    When the business logic announces to group "dycm-customer-1" a capacity subscription of 240 kW in event "Subscription-1"
    Then VEN "harness-ven-1" reads event "Subscription-1" as the business logic published it
    And VEN "harness-ven-2" does not read event "Subscription-1"

  @rule:YAML-CRUD-1
  Scenario: 3. The VEN's capacity request reaches the business logic as the VEN sent it
    Given the business logic has announced to group "dycm-customer-1" a capacity subscription of 240 kW in event "Subscription-3"
    When VEN "harness-ven-1" requests on event "Subscription-3" extra import capacity for resource "site-1-meter":
      | start                | duration | capacity | fee  |
      | 2030-01-15T17:00:00Z | PT1H     | 10 kW    | 0    |
      | 2030-01-15T18:00:00Z | PT1H     | 15 kW    | 0.05 |
    Then the business logic reads the capacity request of VEN "harness-ven-1" on event "Subscription-3" as the VEN sent it:
      | start                | duration | capacity | fee  |
      | 2030-01-15T17:00:00Z | PT1H     | 10 kW    | 0    |
      | 2030-01-15T18:00:00Z | PT1H     | 15 kW    | 0.05 |

  @rule:YAML-CRUD-1 @rule:DEF-PRIVACY-3
  Scenario: 4, 5. The reservation and the available capacity reach only the requesting customer's VEN
    When the business logic publishes to group "dycm-customer-1" capacity reservation event "Reservation-4":
      | start                | duration | capacity | fee  |
      | 2030-01-15T17:00:00Z | PT1H     | 10 kW    | 0.11 |
    And the business logic publishes to group "dycm-customer-1" capacity available event "Available-5":
      | start                | duration | capacity | price |
      | 2030-01-15T18:00:00Z | PT1H     | 20 kW    | 0.15  |
      | 2030-01-15T19:00:00Z | PT1H     | 25 kW    | 0.12  |
    Then VEN "harness-ven-1" reads event "Reservation-4" as the business logic published it
    And VEN "harness-ven-1" reads event "Available-5" as the business logic published it
    And VEN "harness-ven-2" does not read event "Reservation-4"
    And VEN "harness-ven-2" does not read event "Available-5"

  @rule:YAML-CRUD-1 @rule:DEF-PRIVACY-3
  Scenario: 6, 7. A request made on the available capacity reaches the business logic, and its grant reaches the VEN
    Given the business logic has published to group "dycm-customer-1" capacity available event "Available-6":
      | start                | duration | capacity | price |
      | 2030-01-15T18:00:00Z | PT1H     | 20 kW    | 0.15  |
    When VEN "harness-ven-1" requests on event "Available-6" extra import capacity for resource "site-1-meter":
      | start                | duration | capacity | fee  |
      | 2030-01-15T18:00:00Z | PT1H     | 20 kW    | 0.15 |
    Then the business logic reads the capacity request of VEN "harness-ven-1" on event "Available-6" as the VEN sent it:
      | start                | duration | capacity | fee  |
      | 2030-01-15T18:00:00Z | PT1H     | 20 kW    | 0.15 |
    When the business logic publishes to group "dycm-customer-1" capacity reservation event "Reservation-7":
      | start                | duration | capacity | fee  |
      | 2030-01-15T18:00:00Z | PT1H     | 20 kW    | 0.15 |
    Then VEN "harness-ven-1" reads event "Reservation-7" as the business logic published it
    And VEN "harness-ven-2" does not read event "Reservation-7"
