Feature: Hanging device

  Scenario: A device that ignores its cancellation
    Given the device says "hello"
    When the device hangs, ignoring its cancellation
    Then all is well

  Scenario: A device that honours its cancellation
    Given the device says "hello"
    When the device hangs until it is cancelled
    Then all is well

  Scenario: The next scenario still runs
    Given the device says "again"
    Then the evidence of this scenario holds 1 message
