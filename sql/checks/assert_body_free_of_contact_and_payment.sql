-- A body must never carry URLs, e-mail addresses, IBANs or wallet addresses.
select content_sha256, source_path
from checked_documents
where regexp_matches(body, '(https?://|www\.)\S+')
    or regexp_matches(body, '[\w.+-]+@[\w-]+(\.[\w-]+)*\.[a-zA-Z]{2,}')
    or regexp_matches(body, '\b[A-Z]{2}\d{2}( ?[A-Z0-9]{4}){3,7}')
    or regexp_matches(body, '\b(bc1[a-z0-9]{25,87}|0x[a-fA-F0-9]{40})\b');
