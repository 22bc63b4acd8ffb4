# Bank account simulation with lists of dicts and functions.
accounts = []


def open_account(owner, deposit=0):
    acct = {"id": len(accounts) + 1, "owner": owner, "balance": 0, "history": []}
    accounts.append(acct)
    if deposit:
        deposit_money(acct, deposit)
    return acct


def deposit_money(acct, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive")
    acct["balance"] += amount
    acct["history"].append(("deposit", amount))


def withdraw(acct, amount):
    if amount > acct["balance"]:
        raise ValueError(f"insufficient funds: balance {acct['balance']}, requested {amount}")
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))


def transfer(src, dst, amount):
    withdraw(src, amount)
    deposit_money(dst, amount)


alice = open_account("alice", 100)
bob = open_account("bob")
deposit_money(bob, 50)
transfer(alice, bob, 30)
for op in [(withdraw, bob, 500), (deposit_money, alice, -5), (transfer, bob, alice, 80)]:
    try:
        op[0](*op[1:])
    except ValueError as e:
        print("ValueError", e)
for acct in accounts:
    print(acct["id"], acct["owner"], acct["balance"], acct["history"])
richest = max(accounts, key=lambda a: a["balance"])
print("richest:", richest["owner"], "total:", sum(a["balance"] for a in accounts))
