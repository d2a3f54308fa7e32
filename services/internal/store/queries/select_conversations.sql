SELECT conversation_id, state FROM conversations FINAL WHERE updated_at >= ? ORDER BY conversation_id
