Feature: Broken

  Scenario: Fine so far
    Given a basket with 3 apples
  This line is not Gherkin
    Then the basket holds 3 apples
