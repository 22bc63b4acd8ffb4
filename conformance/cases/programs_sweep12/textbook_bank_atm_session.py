class ATMError(Exception):
    pass


class Card:
    def __init__(self, number, pin, account):
        self.number, self._pin, self.account = number, pin, account
        self.attempts = 0
        self.blocked = False

    def check(self, pin):
        if self.blocked:
            raise ATMError("card blocked")
        if pin != self._pin:
            self.attempts += 1
            if self.attempts >= 3:
                self.blocked = True
                raise ATMError("wrong PIN; card blocked")
            raise ATMError(f"wrong PIN ({3 - self.attempts} tries left)")
        self.attempts = 0


class ATM:
    NOTES = (50, 20, 10)

    def __init__(self, cash):
        self.cash = dict(cash)

    def dispense(self, amount):
        plan, left = {}, amount
        for note in self.NOTES:
            n = min(left // note, self.cash[note])
            if n:
                plan[note] = n
                left -= n * note
        if left:
            raise ATMError(f"cannot dispense {amount} with available notes")
        for note, n in plan.items():
            self.cash[note] -= n
        return plan

    def withdraw(self, card, pin, amount):
        card.check(pin)
        if amount % 10:
            raise ATMError("amount must be a multiple of 10")
        if amount > card.account["balance"]:
            raise ATMError("insufficient funds")
        plan = self.dispense(amount)
        card.account["balance"] -= amount
        return plan


acct = {"balance": 500}
card = Card("4000-1234", "2468", acct)
atm = ATM({50: 2, 20: 5, 10: 3})
for pin, amount in [("2468", 180), ("1111", 20), ("2468", 75), ("2468", 1000), ("2468", 160),
                    ("0000", 10), ("9999", 10), ("2222", 10), ("2468", 10)]:
    try:
        plan = atm.withdraw(card, pin, amount)
        print(f"withdraw {amount}: notes {plan}, balance {acct['balance']}")
    except ATMError as e:
        print(f"withdraw {amount}: ATMError: {e}")
print("cash left:", atm.cash, "blocked:", card.blocked)
