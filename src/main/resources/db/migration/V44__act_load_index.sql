-- R393-14: every assignment reads the loads of the experts (ExpertPool.load: the ASSIGNED
-- acts counted per expert). With only (status, due_on) the database found the ASSIGNED acts
-- on that index and then fetched each row for its expert: at 10 000 undecided acts 93 % of
-- an act intake's time (JFR). This index holds both columns: the count reads the index only.
create index mse_act_status_expert_idx on mse_act (status, expert_number);
