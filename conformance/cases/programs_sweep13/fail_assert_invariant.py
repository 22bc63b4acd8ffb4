def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    new = balance - amount
    assert new >= 0, f"overdraft: {balance} - {amount} = {new}"
    return new


b = 100
for amt in (30, 50, 40):
    b = withdraw(b, amt)
    print("balance", b)
