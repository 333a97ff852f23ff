@outcomes
Feature: Outcomes
  Every kind of step outcome, to check how the bridge reports it.

  Scenario: An undefined step
    Given a basket with 3 apples
    When nobody has defined this step with 7 apples
    Then the basket holds 3 apples

  Scenario: An ambiguous step
    Given an ambiguous step

  Scenario: An inconclusive check
    Then the check is inconclusive

  Scenario: A harness fault
    Then the harness breaks

  @hooked
  Scenario: A tagged hook runs before the steps
    Then the hook has run

  Scenario: A failing step skips the rest
    Given a basket with 3 apples
    Then the basket holds 4 apples
    When I eat 1 apple
    Then the basket holds 2 apples

  @ignore
  Scenario: An ignored scenario
    Then the harness breaks
