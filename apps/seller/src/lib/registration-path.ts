/** Settings › Seller registration, where every "complete your registration first" leads. */
export const REGISTRATION_PATH = '/settings/registration';
