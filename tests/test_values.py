"""Worked examples of the values found in sentences: sums of money."""

from assistant.values import sum_phrase, sums_in


def test_sums_of_money_are_figures_with_a_currency():
    def sums(text: str) -> list[str]:
        return [sum_phrase(text, m) for m in sums_in(text)]

    assert sums("The Senate approved $40 billion in aid.") == ["$40 billion"]
    assert sums("It cost £1.5 million, officials said.") == ["£1.5 million"]
    assert sums("Un Big Mac coûte 135 roubles à Moscou.") == ["135 roubles"]
    assert sums("Berlin a promis 40 milliards d'euros.") == ["40 milliards d'euros"]
    # counts and shares are no sums; a currency belongs to the figure it follows
    assert sums("Russia sent 40 tanks and 3,000 troops.") == []
    assert sums("The price rose 30% to 1,200 rubles.") == ["1,200 rubles"]
    assert sums("Two of the 40 tanks cost 3 million dollars.") == ["3 million dollars"]
    assert sums("On 24 February 2022, 100 people died.") == []
