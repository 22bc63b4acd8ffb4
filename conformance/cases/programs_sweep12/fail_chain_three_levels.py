class StorageError(Exception):
    pass


class ServiceError(Exception):
    pass


def read_block(n):
    blocks = {0: b"head", 1: b"body"}
    return blocks[n]


def load_document(doc_id):
    try:
        return b"".join(read_block(n) for n in range(doc_id))
    except KeyError as e:
        raise StorageError(f"block {e} missing for document {doc_id}") from e


def handle_request(doc_id):
    try:
        return load_document(doc_id).decode()
    except StorageError:
        raise ServiceError(f"request for document {doc_id} failed")


print(handle_request(2))
handle_request(3)
