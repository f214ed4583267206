/** The tag <kakao-consult-button> is registered under. */
export const TAG = 'kakao-consult-button';

/** The tag the QR element is registered under. */
export const QR_TAG = 'kakao-consult-qr';
