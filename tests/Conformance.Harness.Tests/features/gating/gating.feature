Feature: Gating

  @binding:openadr3
  Scenario: For another binding
    Then all is well

  @binding:fake
  Scenario: For this binding
    Then the energy service provider is the binding's and the system under test is "Fake VEN"

  @certifies:vtn
  Scenario: Certifying the VTN
    Then all is well

  @requires:webhooks
  Scenario: Needing webhooks
    Then all is well
