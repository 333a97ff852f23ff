Feature: Rules
  Each scenario judges the device against a rule; one check rests on an interpretation.

  @rule:DEV-ANSWER-1
  Scenario: Judged by a rule
    Given the device says "hello"
    Then the device fails

  @rule:DEV-ANSWER-1 @interpretation
  Scenario: Judged by an interpretation
    Given the device says "hello"
    Then the device fails
    And all is well

  @interpretation
  Scenario: An interpretation that holds
    Then all is well

  @interpretation
  Scenario: An interpretation the harness cannot judge
    Then nobody has defined this step
