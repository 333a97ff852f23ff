@sample @JWG1100
Feature: Basket
  A sample feature that exercises the bridge, not the harness.

  Background:
    Given a basket with 3 apples

  Scenario: Eating one apple
    When I eat 1 apple
    Then the basket holds 2 apples

  @outline
  Scenario Outline: Eating several apples
    When I eat <eaten> apples
    Then the basket holds <left> apples

    @fast
    Examples: small
      | eaten | left |
      | 1     | 2    |
      | 2     | 1    |

    Examples: wrong
      | eaten | left |
      | 1     | 5    |

  Rule: Tables and doc strings reach the steps

    Background:
      Given a note:
        """
        from the rule's background
        """

    Scenario: A table of items
      Given the following items:
        | name  | weight |
        | pear  | 120 g  |
        | melon | 900 g  |
      Then the items weigh 1020 g in all
      And the note says "from the rule's background"
