# A failed assert with a message.
def withdraw(balance, amount):
    assert amount <= balance, f"cannot withdraw {amount} from {balance}"
    return balance - amount


b = 100
b = withdraw(b, 30)
print("balance", b)
b = withdraw(b, 500)
print("balance", b)
