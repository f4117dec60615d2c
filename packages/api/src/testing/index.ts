export { startTestApi, TEST_PASSWORD, type TestApi, type TestClient } from './test-api';
