INSERT INTO conversations (conversation_id, merchant_id, state, seq, updated_at)
