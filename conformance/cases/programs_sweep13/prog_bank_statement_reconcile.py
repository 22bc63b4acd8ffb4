import csv
import io
from decimal import Decimal
from collections import defaultdict

BANK = """date,description,amount
2024-03-01,COFFEE SHOP 123,-4.50
2024-03-02,SALARY ACME,2500.00
2024-03-03,RENT MARCH,-1200.00
2024-03-05,GROCERY MART,-86.34
2024-03-05,GROCERY MART,-86.34
2024-03-09,REFUND GROCERY MART,12.00
"""
LEDGER = """date,payee,amount,category
2024-03-01,Coffee Shop,-4.50,food
2024-03-02,Acme,2500.00,income
2024-03-03,Landlord,-1200.00,housing
2024-03-05,Grocery Mart,-86.34,food
2024-03-07,Gym,-30.00,health
"""
bank = list(csv.DictReader(io.StringIO(BANK)))
ledger = list(csv.DictReader(io.StringIO(LEDGER)))
unmatched_ledger = list(ledger)
unmatched_bank = []
for b in bank:
    match = next((l for l in unmatched_ledger if l["date"] == b["date"] and Decimal(l["amount"]) == Decimal(b["amount"])), None)
    if match:
        unmatched_ledger.remove(match)
    else:
        unmatched_bank.append(b)
print("only in bank:")
for b in unmatched_bank:
    print(f"  {b['date']} {b['description']:<22} {Decimal(b['amount']):>9}")
print("only in ledger:")
for l in unmatched_ledger:
    print(f"  {l['date']} {l['payee']:<22} {Decimal(l['amount']):>9}")
by_cat = defaultdict(Decimal)
for l in ledger:
    by_cat[l["category"]] += Decimal(l["amount"])
print(dict(sorted(by_cat.items())))
print("bank balance:", sum(Decimal(b["amount"]) for b in bank), "ledger:", sum(by_cat.values()))
