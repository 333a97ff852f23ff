Feature: Talk beta

  Scenario: The device talks
    Given the device says "beta" 3 times
    Then the evidence of this scenario holds 3 messages
    And the energy service provider is the binding's and the system under test is "Fake beta"

  Scenario: The device talks and fails
    Given the device says "beta"
    Then the device fails
