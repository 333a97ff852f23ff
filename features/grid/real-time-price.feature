@grid @WGSP2112 @certifies:ven @span:24h
Feature: A day of real-time prices reaches the customer's energy manager
  IEC TR 62746-2, WGSP 2112 "Price and environmental information" (A.3.20): when new price data is available at
  Actor A, it sends it to the CEM (here through the VTN to the VEN), and the scenario ends when the price data has
  reached it. Of the three price forms (real-time price, real-time price with volume, fixed tariff schedule) this
  feature takes the real-time price, one hour at a time, for a whole day: the tariff the CEM steers by all day long.

  Decisions where the source leaves room (the reason follows each):
  - Each hour's price is published one hour before it applies, as a price signal with one interval of one hour:
    the TR gives no lead time, and an hour ahead is the shortest that lets a CEM plan the hour.
  - "Reached the CEM" is judged as in IEC TS 62746-3 event distribution: from the VTN's acceptance of the price to
    the first message that carries it to the VEN, within the VEN's declared polling interval plus 250 ms for timer
    jitter and one request's transit. Every one of the 24 prices is measured; the first that is late fails the
    scenario with its deadline and the time it came.
  - The scenario spans 24 hours of run time (@span:24h). A run on the wall clock reports it not applicable, with
    that reason, unless one scenario may take a day there; in virtual time, where every role is the harness's own
    (`run --virtual-time`), it takes seconds and gives the verdicts it would give in real time.

  Rules judged (ids of docs/openadr3-traceability.md, each tagged @rule:<id> on the scenarios that judge it):
  - IEC62746-2-WGSP2112-1, IEC TR 62746-2 WGSP 2112: the scenario ends "when the price data has reached" the CEM;
    each price within the declared polling interval.

  Background:
    Given a VTN with a tariff program "Real-time-price"
    And a VEN enrolled with the VTN

  @rule:IEC62746-2-WGSP2112-1
  Scenario: Every hour's price reaches the VEN within its polling interval, for 24 hours
    When the VTN publishes each hour's price an hour ahead, for 24 hours:
      | hours       | price (EUR/kWh) |
      | 00:00-07:00 | 0.18            |
      | 07:00-09:00 | 0.32            |
      | 09:00-17:00 | 0.24            |
      | 17:00-21:00 | 0.38            |
      | 21:00-24:00 | 0.21            |
    Then the VEN retrieves every price within its polling interval
