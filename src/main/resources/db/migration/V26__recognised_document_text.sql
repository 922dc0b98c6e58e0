-- A scanned order has no text layer: its text is recognised by OCR (Tesseract) and kept beside the original, marked
-- as recognised so that nobody takes it for the court's own words. Existing documents' text came from their text layer.
alter table notification_document add column text_recognised boolean not null default false;
