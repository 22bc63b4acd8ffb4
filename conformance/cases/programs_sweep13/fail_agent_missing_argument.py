import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Transfer:
    source: str
    target: str
    amount: float
    currency: str = "EUR"


def handle(call_json):
    call = json.loads(call_json)
    transfer = Transfer(**call["arguments"])
    return f"moving {transfer.amount:.2f} {transfer.currency} {transfer.source}->{transfer.target}"


print(handle('{"name": "transfer", "arguments": {"source": "A1", "target": "B2", "amount": 12.5}}'))
print(handle('{"name": "transfer", "arguments": {"source": "A1", "amount": 99}}'))
