-- A breach reported from a control-room lookup carries the incident or log number the call-handler was working
-- under, so the breach file leads back to the call (issue 17: the log number is asked once and carried).
alter table breach_report add column control_room_log varchar(100);
comment on column breach_report.control_room_log is 'The control room''s incident or log number the breach was reported under (carried from the lookup); null when reported otherwise.';
